module example.com/depmodule

go 1.26.0
