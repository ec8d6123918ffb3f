package output

// RepoFile returns file as the JSON output and fingerprints record it:
// relative to root with forward slashes when under it, else absolute.
func RepoFile(file, root string) string {
	return newPaths(Options{Root: root}).repoFile(file)
}
