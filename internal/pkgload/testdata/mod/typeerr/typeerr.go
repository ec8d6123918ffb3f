package typeerr

func Broken() int {
	return "not a number"
}
