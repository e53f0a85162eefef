package handler

import "github.com/gin-gonic/gin"

type Context struct {
	Resp         interface{}
	RespErr      error
	UnAuthorized bool
	Resources    *Resources
}

type Resources struct {
	IsSystemAdmin   bool
	ProjectAuthInfo map[string]*ProjectActions
}

type ProjectActions struct {
	IsProjectAdmin bool
}

func NewContext(c *gin.Context) *Context {
	return &Context{}
}

func JSONResponse(c *gin.Context, ctx *Context) {}
