# Part "mail" of the de catalogue (merged into ../de.ftl when the work lands).
