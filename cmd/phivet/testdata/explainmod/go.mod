module example.com/explainmod

go 1.26.0
