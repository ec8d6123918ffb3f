package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Find looks for phivet.yaml in startDir and each of its parents, the way
// go finds go.mod, so that one file at the top of a repository serves every
// package under it. It returns the absolute path of the nearest one, or ""
// and a nil error when there is none. A phivet.yaml that cannot be examined
// (say, for lack of permission) is an error rather than skipped, since
// silently using a parent's configuration would analyse under the wrong
// rules.
func Find(startDir string) (string, error) {
	dir, err := filepath.Abs(startDir)
	if err != nil {
		return "", err
	}
	for {
		path := filepath.Join(dir, FileName)
		info, err := os.Stat(path)
		switch {
		case err == nil && !info.IsDir():
			return path, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}
