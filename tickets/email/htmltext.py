"""Plain text from customer HTML, for mail that has no text part. Blockquotes come out as
"> " lines so the reply stripper treats HTML quotes like plain-text ones."""

import re
from html.parser import HTMLParser

# Elements whose content is never text a person wrote for us.
_SKIP = {"script", "style", "head", "title", "template", "noscript", "svg", "xml"}
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
}
QUOTE_DEPTH_SHOWN = 10  # deeper quotes are still quotes; a hostile nesting must not bloat
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.quote_depth = 0
        self.pre_depth = 0

    def _flush(self) -> None:
        text = "".join(self.current).strip(" ")
        self.current = []
        prefix = "> " * min(self.quote_depth, QUOTE_DEPTH_SHOWN)
        if text or (self.lines and self.lines[-1] != prefix.rstrip()):
            self.lines.append((prefix + text).rstrip() if text else prefix.rstrip())

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "br":
            self._flush()
        elif tag in _BLOCK:
            self._flush()
            if tag == "blockquote":
                self.quote_depth += 1
            elif tag == "pre":
                self.pre_depth += 1
            elif tag == "li":
                self.current.append("- ")
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self._flush()
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
            elif tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data):
        if self.skip_depth:
            return
        if self.pre_depth:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._flush()
                self.current.append(part)
            return
        self.current.append(_SPACES.sub(" ", data.replace("\xa0", " ")))


def html_to_text(html: str) -> str:
    """Readable text from HTML; never raises on malformed markup."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:  # noqa: S110 - HTMLParser is lenient, but customer HTML is hostile
        pass
    collector._flush()
    text = "\n".join(collector.lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
