"""Demo content as plain data: the seed documents' facts, written in our own words."""
