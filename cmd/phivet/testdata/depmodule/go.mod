module example.com/depapp

go 1.26.0

require example.com/deplib v0.0.0

replace example.com/deplib => ./deplib
