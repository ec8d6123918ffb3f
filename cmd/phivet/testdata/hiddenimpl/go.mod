module example.com/hiddenimpl

go 1.22
