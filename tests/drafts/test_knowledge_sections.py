"""Markdown splitting: front matter, heading fallbacks, fences. Pure functions, no database."""

from drafts.knowledge.sections import document_parse, front_matter_split


def test_front_matter_is_parsed_loosely():
    meta, body = front_matter_split(
        "---\ntitle: \"Refunds\"\nclasses: [a, 'b']\nversions:\n  fpt: '*'\ntags:\n  - x\n  - y\n---\nBody\n"
    )
    assert meta == {"title": "Refunds", "classes": ["a", "b"], "versions": [], "tags": ["x", "y"]}
    assert body == "Body\n"
    assert front_matter_split("---\ntitle: never closed\nBody")[0] == {}


def test_h2_sections_with_paths_and_unique_anchors():
    parsed = document_parse(
        "# Policy\n\nIntro text.\n\n## Returns\n\nThirty days.\n\n### Detail\n\nMore.\n\n"
        "## Returns\n\nAgain.\n\n```\n## not a heading\n```\n"
    )
    assert parsed.title == "Policy" and parsed.split_by == "h2"
    assert [s.anchor for s in parsed.sections] == ["policy", "returns", "returns-2"]
    assert parsed.sections[1].heading_path == ("Policy", "Returns")
    assert "### Detail" in parsed.sections[1].text
    assert "## not a heading" in parsed.sections[2].text


def test_fallbacks_without_h2():
    h1 = document_parse("# One\n\na\n\n# Two\n\nb\n")
    assert h1.split_by == "h1" and [s.anchor for s in h1.sections] == ["one", "two"]
    h3 = document_parse("# Title\n\n### Sub one\n\ntext\n\n### Sub two\n\ntext\n")
    assert h3.split_by == "h3" and [s.anchor for s in h3.sections] == ["sub-one", "sub-two"]
    setext = document_parse("Title\n=====\n\nIntro\n\nPart\n----\n\nbody\n")
    assert [s.heading for s in setext.sections] == ["Title", "Part"]
    plain = document_parse("word " * 3000, fallback_title="Plain")
    assert plain.split_by == "size" and plain.title == "Plain" and len(plain.sections) >= 4
    assert all(len(s.text) <= 4000 for s in plain.sections)
