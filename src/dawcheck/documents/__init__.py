"""Documents: read any submitted file into one model of text blocks with locations."""
