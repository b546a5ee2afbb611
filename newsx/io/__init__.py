"""Input and output: bytes to text, paths and archives to items, batches, writers."""
