"""Hand-written article paragraphs shared by the stage tests."""

TITLE = "Harbour city opens new ferry terminal"
P1 = (
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, "
    "three years later than the city had promised."
)
P2 = (
    "Officials said the building cost almost twice the original budget, but they expect it "
    "to carry more than a million travellers in its first year."
)
P3 = (
    "Local traders welcomed the opening of the terminal and said the quiet waterfront had "
    "hurt their shops for far too long."
)
