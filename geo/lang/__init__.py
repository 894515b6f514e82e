"""Word lists the rules read, one module per language (as spaCy keeps ``lang/ar``): what the
words are lives here, what a rule makes of them lives with the rule. Arabic words are folded
(``geo.text.fold``), so they compare with folded text; English ones are lower case."""
