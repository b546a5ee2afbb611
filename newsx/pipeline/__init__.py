"""The line pipeline: a page's lines, their features, labels and the record they make."""
