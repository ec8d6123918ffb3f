module example.com/wiredlit

go 1.22
