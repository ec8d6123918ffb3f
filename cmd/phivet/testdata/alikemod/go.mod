module example.com/alikemod

go 1.26
