module example.com/wiredmarks

go 1.26.0
