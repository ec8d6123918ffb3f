package catalog

// github.com/go-git/go-git/v5: a git repository kept as a service's
// datastore, an I/O package (see IOPackage) as a database client is: what
// the code adds and commits is its storage, and what it reads back is
// what the repository held. Its code is analysed, but its state is an
// object graph several pointers deep (a worktree, its repository, the
// storer behind an interface, its index and modules) that summaries cut
// to a few parts: a name added to the index would otherwise share a cut
// path with the storer's own directory, which its status writes into each
// submodule's ".git" file, and so come back on every call through
// whatever holds the worktree.
var goGitTable = register(Table{
	Package: "github.com/go-git/go-git/v5", Analysed: true,
	IO: []IOPackage{{Path: "github.com/go-git/go-git/v5", Library: "go-git (a git repository as a datastore)"}},
})
