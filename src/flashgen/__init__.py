"""flashgen turns glossary term files and pages into Anki decks and printable cards."""

__version__ = "0.1.0"
