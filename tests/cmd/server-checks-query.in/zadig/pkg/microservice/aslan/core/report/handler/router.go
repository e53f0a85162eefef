package handler

import "github.com/gin-gonic/gin"

type OpenAPIRouter struct{}

func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	router.GET("/by-mode", ListByMode)
	router.GET("/loose", ListLoose)
	router.GET("/search", SearchReports)
	router.GET("/grouped", ListGrouped)
	router.GET("/paged", ListPaged)
	router.GET("/:id", GetReport)
	router.DELETE("/:id", DeleteReport)
}
