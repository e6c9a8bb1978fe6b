# Part "mail" of the en catalogue (merged into ../en.ftl when the work lands).
