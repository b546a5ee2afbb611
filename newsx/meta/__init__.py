"""Metadata: the headline, authors, source, dates, dateline and section."""
