"""Paths shown to users: relative to the working folder when below it, links resolved."""

import os

import pytest

from flashgen.errors import display_path


@pytest.fixture
def layout(tmp_path, monkeypatch):
    (tmp_path / "decks" / "bio").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "decks" / "inside").symlink_to(tmp_path / "decks" / "bio")
    (tmp_path / "decks" / "outside").symlink_to(tmp_path / "elsewhere")
    monkeypatch.chdir(tmp_path / "decks")
    return tmp_path


def test_paths_below_the_working_folder_are_shown_relative(layout):
    assert display_path("bio/cell.md") == os.path.join("bio", "cell.md")
    assert display_path(layout / "decks" / "bio" / "cell.md") == os.path.join("bio", "cell.md")
    assert display_path("./bio/../bio/cell.md") == os.path.join("bio", "cell.md")
    assert display_path(".") == "."
    assert display_path(layout / "decks") == "."


def test_links_are_followed_before_comparing(layout):
    assert display_path("inside/cell.md") == os.path.join("bio", "cell.md")
    # A link out of the working folder keeps the path as given.
    assert display_path("outside/cell.md") == os.path.join("outside", "cell.md")


def test_paths_outside_are_shown_as_given(layout):
    assert display_path(layout / "elsewhere" / "x.md") == str(layout / "elsewhere" / "x.md")
    assert display_path("../elsewhere/x.md") == os.path.join("..", "elsewhere", "x.md")
    # A folder whose name starts like the working folder's is not below it.
    sibling = layout / "decks-old"
    sibling.mkdir()
    assert display_path(sibling / "a.md") == str(sibling / "a.md")


def test_the_working_folder_is_read_again_when_it_changes(layout, monkeypatch):
    assert display_path(layout / "decks" / "bio" / "cell.md") == os.path.join("bio", "cell.md")
    monkeypatch.chdir(layout / "decks" / "inside")  # a link: the same folder as bio
    assert display_path(layout / "decks" / "bio" / "cell.md") == "cell.md"
    monkeypatch.chdir(layout)
    assert display_path(layout / "decks" / "bio" / "cell.md") == os.path.join("decks", "bio", "cell.md")
