-- ORDER BY ... USING < / >
select x from (values (1),(3),(null),(2)) v(x) order by x using >;
select x from (values (1),(3),(null),(2)) v(x) order by x using <;
select x from (values (1),(3),(null),(2)) v(x) order by x using > nulls last;
select x from (values (1),(3),(2)) v(x) order by x using =;
