"""What newsx knows of words: one table per word class, in every language it reads, and
the patterns built from them."""
