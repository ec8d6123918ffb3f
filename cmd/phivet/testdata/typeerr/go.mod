module example.com/typeerr

go 1.26.0
