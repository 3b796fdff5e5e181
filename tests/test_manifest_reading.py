"""A manifest is read a package at a time, whatever its layout, as the JSON module would read it."""

import json

import pytest

from flashgen.build import BuildConfig, build
from flashgen.errors import OutputError
from flashgen.manifest import MANIFEST_NAME, Manifest, read_manifest


def test_a_manifest_reads_the_same_in_any_json_layout(tmp_path, scenario):
    out = tmp_path / "out"
    build(BuildConfig(sources=(scenario("basic"),), out=out))
    written = read_manifest(out)
    assert isinstance(written, Manifest) and written.packages and written.last_build
    assert sum(len(p.notes) for p in written.packages) > 10
    data = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    for layout in ({"indent": 2}, {"separators": (",", ":")}, {"indent": "\t"}):
        (out / MANIFEST_NAME).write_text(" \n" + json.dumps(data, **layout) + "\n\n", encoding="utf-8")
        assert read_manifest(out) == written, layout


@pytest.mark.parametrize("text", ['{"format": 1, "packages": [', '{"format": 1} {}', '{"format": 1,}',
                                  '{"format" 1}', '["format", 1]'])
def test_text_that_is_not_one_json_object_is_refused(tmp_path, text):
    (tmp_path / MANIFEST_NAME).write_text(text, encoding="utf-8")
    with pytest.raises(OutputError, match="cannot read the build manifest"):
        read_manifest(tmp_path)
