module example.com/testsonly

go 1.26.0
