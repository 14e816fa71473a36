"""The inspector: the editor of the selected entity, with validation shown beside each field."""
