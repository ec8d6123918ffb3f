module example.com/wiredchain

go 1.26.0
