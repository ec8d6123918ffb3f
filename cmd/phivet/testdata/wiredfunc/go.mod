module example.com/wiredfunc

go 1.26.0
