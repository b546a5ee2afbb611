"""A dump as text: one canonical form, its lines, its words and its language."""
