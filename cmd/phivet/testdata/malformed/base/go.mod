module example.com/malformed

go 1.26.0
