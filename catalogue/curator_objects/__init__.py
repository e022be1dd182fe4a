"""«Mes objets»: a curator's list of their collectivité's objects, its filters and its bulk
«Soumettre à la relecture» (after an import, say). The Éditeurs see every collectivité's."""
