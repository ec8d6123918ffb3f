module example.com/nogofacts

go 1.26.0
