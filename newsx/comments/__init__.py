"""Reader comments: where the section starts, each comment's header, the records."""
