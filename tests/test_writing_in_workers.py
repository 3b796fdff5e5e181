"""Packages written by the build's worker processes are the packages one process writes,
byte for byte, and a package a worker cannot write fails the build as one written here
does: the package named, nothing of the folder changed, no temporary file left."""

from __future__ import annotations

import pytest

from conftest import tree_bytes, two_workers

from flashgen import build as build_module
from flashgen import rendering
from flashgen.build import BuildConfig, build
from flashgen.errors import FlashgenError
from flashgen.output import is_leftover


def _pooled(monkeypatch) -> list[str]:
    """Start two workers for every build, however small; return the names of the jobs sent to them."""
    jobs: list[str] = []
    monkeypatch.setattr(rendering, "POOL_MIN_TERMS", 1)
    two_workers(monkeypatch, jobs)
    return jobs


def test_workers_write_the_packages_one_process_writes(tmp_path, scenario, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = scenario("basic")
    alone = tmp_path / "alone"
    build(BuildConfig(sources=(source,), out=alone))
    jobs = _pooled(monkeypatch)
    pooled = tmp_path / "pooled"
    result = build(BuildConfig(sources=(source,), out=pooled))
    assert "_write_one" in jobs  # the packages went to the workers
    assert len(result.written) > 1
    assert tree_bytes(pooled) == tree_bytes(alone)


def test_a_package_a_worker_cannot_write_fails_the_build_naming_it(tmp_path, scenario, monkeypatch):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    earlier = tree_bytes(out)
    tsh = source / "thyroid" / "tsh.yaml"
    # A new name changes several packages, so that more than one goes to the workers.
    tsh.write_text(tsh.read_text().replace("name: Thyroid-Stimulating Hormone", "name: Thyrotropin"))
    jobs = _pooled(monkeypatch)
    real_path = build_module.temporary_path
    given: list = []

    def second_nowhere(folder, suffix=".tmp"):
        # The second package's file is to go into a folder that does not exist, so that
        # the worker writing it fails as it would on a disk error.
        path = real_path(folder, suffix)
        given.append(path)
        return path if len(given) != 2 else folder / "missing" / path.name

    monkeypatch.setattr(build_module, "temporary_path", second_nowhere)
    with pytest.raises(FlashgenError) as caught:
        build(BuildConfig(sources=(source,), out=out))
    assert "_write_one" in jobs
    message = str(caught.value)
    assert message.startswith(f"{out}{'/'}") and "cannot write package: " in message
    assert ".tmp" not in message and "missing" not in message
    assert message.split(":")[0].endswith(".apkg")
    assert tree_bytes(out) == earlier
    assert not [p.name for p in out.iterdir() if is_leftover(p.name)]
