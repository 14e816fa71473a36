"""Plans as documents: the File menu's plan commands, New plan, the page shown without a plan."""
