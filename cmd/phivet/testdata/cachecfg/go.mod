module example.com/cachecfg

go 1.26.0
