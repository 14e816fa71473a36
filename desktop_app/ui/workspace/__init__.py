"""The window around the plan: the navigator of sections, the stack they are shown in, and how a section is built."""
