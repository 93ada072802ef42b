// Anchors the translations library; the .qm files are embedded as resources.
