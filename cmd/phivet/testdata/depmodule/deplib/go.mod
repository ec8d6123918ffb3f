module example.com/deplib

go 1.26.0
