// Package c declares one object of each kind that facts can be about.
package c

func Exported() {}

func unexported() {}

var V int

const K = 1

type T struct{ F int }

func (T) M() { unexported() }
