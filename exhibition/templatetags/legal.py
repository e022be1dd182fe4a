"""`{% legal_links as pages %}`: the legal pages in the page's language, by kind."""

from django import template

from exhibition.legal import legal_pages

register = template.Library()


@register.simple_tag
def legal_links():
    return legal_pages()
