# Part "studio" of the fr catalogue (merged into ../fr.ftl when the work lands).
