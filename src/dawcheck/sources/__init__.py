"""Sources: turn what is on disk (documents, e-mails, mailboxes) into submissions."""
