module example.com/mapmod

go 1.26.0
