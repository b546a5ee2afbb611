"""HTML pages: rendered to lines with what the markup says of each, and the markup's metadata."""
